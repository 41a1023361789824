import './highlights.css';
import { startBackstory } from './controller';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    void startBackstory(ctx);
  },
});
