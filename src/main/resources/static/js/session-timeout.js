// GOV.UK timeout warning. Without JavaScript nothing is lost either: a form sent after the
// session ended is kept on the server and offered again after signing in.
const body = document.body;
const timeout = Number(body.dataset.sessionTimeout) * 1000;
const warning = Number(body.dataset.sessionWarning) * 1000;
const dialog = document.getElementById('session-timeout');
const message = document.getElementById('session-timeout-message');
const stay = dialog.querySelector('[data-timeout-action="stay"]');
let warnTimer;
let endTimer;
let lastFocus;

function minutes(ms) {
  const m = Math.round(ms / 60000);
  return m === 1 ? '1 minute' : m + ' minutes';
}

function schedule() {
  clearTimeout(warnTimer);
  clearTimeout(endTimer);
  if (!(timeout > 0)) return;
  warnTimer = setTimeout(show, Math.max(0, timeout - warning));
  endTimer = setTimeout(ended, timeout);
}

function show() {
  lastFocus = document.activeElement;
  message.textContent = 'For your security, we will sign you out in ' + minutes(warning) + '.';
  dialog.hidden = false;
  stay.focus();
}

function hide() {
  dialog.hidden = true;
  if (lastFocus) lastFocus.focus();
}

function ended() {
  const typed = document.querySelector('main form[method="post"] input:not([type="hidden"]), main form[method="post"] textarea');
  if (typed) {
    // Keep the page so nothing typed is lost; sending the form leads through sign-in and back.
    document.getElementById('session-timeout-heading').textContent = 'You have been signed out';
    message.textContent = 'Your answers on this page are kept. When you continue, you will be asked to sign in again.';
    stay.textContent = 'Continue';
    stay.onclick = hide;
    dialog.hidden = false;
    stay.focus();
  } else {
    window.location.assign('/sign-in?timeout');
  }
}

stay.addEventListener('click', async () => {
  if (stay.onclick) return;
  const token = document.querySelector('meta[name="csrf-token"]');
  const header = document.querySelector('meta[name="csrf-header"]');
  const headers = token && header ? { [header.content]: token.content } : {};
  try {
    await fetch('/session/keep-alive', { method: 'POST', headers, credentials: 'same-origin' });
  } finally {
    hide();
    schedule();
  }
});

dialog.addEventListener('keydown', (event) => {
  if (event.key === 'Escape') {
    stay.click();
  }
});

schedule();
