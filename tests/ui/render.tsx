/**
 * Helpers for component tests (happy-dom + Testing Library): a fresh app store before each test,
 * and the DOM cleaned up after it.
 */
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { type ExplorerState, INITIAL_STATE, useExplorer } from '../../src/store/explorerStore';
import { useSessions } from '../../src/store/sessionsStore';

/** Start each test from a fresh explorer (with `state` on top) and no saved sessions. */
export function freshStores(state: () => Partial<ExplorerState> = () => ({})): void {
  beforeEach(() => {
    useExplorer.setState({ ...INITIAL_STATE, ...state() });
    useSessions.setState({ sessions: [], currentId: null });
  });
  afterEach(() => cleanup());
}
