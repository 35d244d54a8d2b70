// The offline-sync page: loads whole lists the way single-page CRM apps do (one through fetch,
// one through XMLHttpRequest) and shows only how many it got. No record reaches the DOM, so
// whatever the extension stores from this page came from its API tap.
// ?kinds=contacts,companies picks the lists (default: contacts by fetch, companies by XHR).

const KINDS = new Set(['contacts', 'companies', 'deals', 'tasks', 'activities', 'users']);

function viaFetch(url) {
  return fetch(url, { headers: { Accept: 'application/json' } }).then((res) => {
    if (!res.ok) throw new Error(`${res.status} ${url}`);
    return res.json();
  });
}

function viaXhr(url) {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('GET', url);
    xhr.responseType = 'json';
    xhr.setRequestHeader('Accept', 'application/json');
    xhr.onload = () => (xhr.status === 200 ? resolve(xhr.response) : reject(new Error(`${xhr.status} ${url}`)));
    xhr.onerror = () => reject(new Error(`network error ${url}`));
    xhr.send();
  });
}

async function sync() {
  const asked = (new URLSearchParams(location.search).get('kinds') ?? 'contacts,companies').split(',').filter((k) => KINDS.has(k));
  const status = document.getElementById('status');
  try {
    const bodies = await Promise.all(asked.map((kind, i) => (i % 2 ? viaXhr : viaFetch)(`/api/${kind}`)));
    status.textContent = `Synced ${bodies.map((b, i) => `${b.total} ${asked[i]}`).join(', ')} for offline use.`;
  } catch (err) {
    console.error(err);
    status.textContent = 'Sync failed.';
  }
  document.body.dataset.ready = 'true';
}

sync();
