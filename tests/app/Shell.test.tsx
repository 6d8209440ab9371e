/**
 * The static shell of index.html, which the page shows (with the body's first frame in it) before
 * the app mounts, is the markup of the app's own shell: replacing one with the other moves nothing.
 */
import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { Shell } from '../../src/app/Shell';

describe('the static shell', () => {
  it("is index.html's root, as the app's Shell renders it with an empty canvas place and no progress", () => {
    const html = readFileSync('index.html', 'utf8');
    const root = html.match(/<div id="root">([\s\S]*?)<\/div>\s*<script/);
    expect(root).not.toBeNull();
    const shell = renderToStaticMarkup(<Shell canvas={<div className="canvas-place" />} progress={null} />);
    expect(root![1]!.trim()).toBe(shell);
    // The first frame's code looks for this place.
    expect(shell).toContain('<div class="canvas-host"><div class="canvas-place"></div></div>');
  });
});
