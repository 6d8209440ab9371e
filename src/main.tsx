import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';

function ComingSoon() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 640, margin: '4rem auto', padding: '0 1rem' }}>
      <h1>MyoTrace</h1>
      <p>
        A 3D body you can point at: click where it hurts and see the muscles most likely involved, the muscles that
        compensate for them, and related conditions. The explorer is being built.
      </p>
    </main>
  );
}

const root = document.getElementById('root');
if (root)
  createRoot(root).render(
    <StrictMode>
      <ComingSoon />
    </StrictMode>,
  );
