// The review queue needs the corrections API (reviewClaim). Until the gateway's schema has it, the view is hidden
// from the navigation and says so when opened directly.
import { apiCapabilities } from './api.js';
import { h, put } from './util.js';

export async function reviewView({ view }) {
  const caps = await apiCapabilities();
  if (!caps.mutations.has('reviewClaim')) {
    put(view, h('h2', {}, 'Review queue'),
      h('p', { class: 'empty' }, 'This API has no reviewClaim mutation yet, so there is nothing to review here. ',
        'The view appears in the navigation once the gateway\'s schema offers it.'));
    return;
  }
  put(view, h('h2', {}, 'Review queue'),
    h('p', {}, 'The API offers reviewClaim; this dashboard does not drive it yet. Use ', h('a', { href: '/graphql-ui/' }, 'GraphiQL'), '.'));
}
