import { describe, expect, it } from 'vitest';
import { cacheName, isModelFile, modelToKeep, policyFor, precacheList } from '../../src/sw/cachePolicy';

const scope = 'http://127.0.0.1:4173/app/';
const req = (url: string, mode = 'cors', method = 'GET') => ({ url, mode, method });

describe('service worker cache policy', () => {
  it('serves the app’s pages network first, so a new version is picked up at once', () => {
    expect(policyFor(req('http://127.0.0.1:4173/app/', 'navigate'), scope)).toBe('network-first');
    expect(policyFor(req('http://127.0.0.1:4173/app/index.html?x#v=1', 'navigate'), scope)).toBe('network-first');
  });

  it('serves the chunks, the model and the icons from the cache first', () => {
    expect(policyFor(req('http://127.0.0.1:4173/app/assets/BodyCanvas-abc.js'), scope)).toBe('cache-first');
    expect(policyFor(req('http://127.0.0.1:4173/app/assets/anatomy-abc.glb'), scope)).toBe('cache-first');
    // The clinical content, fetched like the model (scripts/vite/contentAsset.ts).
    expect(policyFor(req('http://127.0.0.1:4173/app/assets/content-abc.json'), scope)).toBe('cache-first');
    expect(policyFor(req('http://127.0.0.1:4173/app/icons/icon-192.png', 'no-cors'), scope)).toBe('cache-first');
  });

  it('leaves other origins, other paths and anything but GET alone', () => {
    expect(policyFor(req('https://cdn.example.org/app/x.js'), scope)).toBe('none');
    expect(policyFor(req('http://127.0.0.1:9999/app/x.js'), scope)).toBe('none');
    expect(policyFor(req('http://127.0.0.1:4173/other/x.js'), scope)).toBe('none');
    expect(policyFor(req('http://127.0.0.1:4173/app/x', 'cors', 'POST'), scope)).toBe('none');
    expect(policyFor(req('not a url'), scope)).toBe('none');
  });

  it('names one cache per build', () => {
    expect(cacheName('abc')).toBe('myotrace-abc');
  });
});

describe('service worker: the bodies’ model files', () => {
  const scope = 'http://127.0.0.1:4173/app/';

  it('precaches the build but neither body’s model file', () => {
    const files = [
      './assets/index-a.js',
      './assets/anatomy-abc.glb',
      './assets/anatomy-female-def.glb',
      './assets/content-x.json',
      './icons/icon.svg',
    ];
    expect(precacheList(files)).toEqual(['./assets/index-a.js', './assets/content-x.json', './icons/icon.svg']);
    expect(isModelFile('./assets/anatomy-female-def.glb')).toBe(true);
    expect(isModelFile('./assets/index-a.js')).toBe(false);
  });

  it('keeps a model file once the page says it fetched it, and nothing else', () => {
    const keep = (url: unknown, type = 'keep-model') => modelToKeep({ type, url }, scope);
    expect(keep('http://127.0.0.1:4173/app/assets/anatomy-female-def.glb')).toBe(
      'http://127.0.0.1:4173/app/assets/anatomy-female-def.glb',
    );
    expect(keep('./assets/anatomy-abc.glb')).toBe('http://127.0.0.1:4173/app/assets/anatomy-abc.glb');
    expect(keep('http://127.0.0.1:4173/app/assets/index-a.js')).toBeNull();
    expect(keep('https://cdn.example.org/app/assets/anatomy-abc.glb')).toBeNull();
    expect(keep('http://127.0.0.1:4173/other/anatomy-abc.glb')).toBeNull();
    expect(keep('http://127.0.0.1:4173/app/assets/anatomy-abc.glb', 'other')).toBeNull();
    expect(keep(42)).toBeNull();
    expect(modelToKeep(null, scope)).toBeNull();
    expect(modelToKeep('keep-model', scope)).toBeNull();
  });
});
