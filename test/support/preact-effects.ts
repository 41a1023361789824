/**
 * Vitest setup (unit project): Preact runs effects after the next animation frame, with a short
 * timer as the fallback that then calls cancelAnimationFrame. When a DOM test file ends between
 * the two, the timer fires after the test environment has taken cancelAnimationFrame away, and
 * Vitest fails the run on that uncaught error although every test passed. In tests, effects run
 * after a plain timer instead: still after the render, as in a browser, with no frame to cancel.
 */
import { options } from 'preact';

options.requestAnimationFrame = (callback) => {
  setTimeout(callback);
};
