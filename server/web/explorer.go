package web

import (
	"html/template"
	"net/http"
)

// ExplorerHandler serves the graph explorer: a page that finds a node by
// full-text search or id and draws its neighbourhood with cytoscape, from
// the GraphQL endpoint's search and neighborhood fields. Clicking a node
// draws its own neighbourhood.
func ExplorerHandler(endpoint string) http.Handler {
	return pageHandler(explorerPage, embedded, func(s *assetSet) any {
		return struct{ Cytoscape, Endpoint string }{s.url(cytoscapeJS), endpoint}
	})
}

var explorerPage = template.Must(template.New("explorer").Parse(`<!doctype html>
<html lang="zh">
<head>
<meta charset="utf-8">
<title>plangraph explorer</title>
<style>
  body { margin: 0; font: 14px system-ui, sans-serif; display: flex; flex-direction: column; height: 100vh; }
  header { padding: 8px 12px; display: flex; gap: 8px; align-items: center; border-bottom: 1px solid #ddd; }
  header input { flex: 1; padding: 6px; font-size: 14px; }
  #status { color: #555; min-width: 20em; }
  main { flex: 1; display: flex; min-height: 0; }
  #graph { flex: 1; }
  aside { width: 26em; overflow: auto; border-left: 1px solid #ddd; padding: 8px 12px; }
  aside h2 { font-size: 15px; margin: 4px 0; }
  aside li { margin: 4px 0; }
</style>
<script src="{{.Cytoscape}}"></script>
</head>
<body>
<header>
  <input id="q" placeholder="搜索 or node id (region:上海市)" autofocus>
  <button id="go">Draw</button>
  <span id="status"></span>
  <a href="/graphiql">GraphiQL</a>
</header>
<main><div id="graph"></div><aside id="side"><p>Search a name, or give a node id; click a node to follow it.</p></aside></main>
<script>
const endpoint = {{.Endpoint}};
const colors = {Document: '#555', Plan: '#1f77b4', Policy: '#17becf', SpecialProject: '#ff7f0e', Agency: '#2ca02c',
  Region: '#9467bd', Indicator: '#d62728', Goal: '#8c564b', Fund: '#bcbd22'};
const status = (t) => { document.getElementById('status').textContent = t; };
const cy = cytoscape({ container: document.getElementById('graph'), style: [
  { selector: 'node', style: { label: 'data(label)', 'font-size': 10, 'background-color': 'data(color)', width: 18, height: 18 } },
  { selector: 'node.focus', style: { width: 30, height: 30, 'border-width': 3, 'border-color': '#000' } },
  { selector: 'edge', style: { width: 1, 'curve-style': 'bezier', 'target-arrow-shape': 'triangle', label: 'data(type)', 'font-size': 7, color: '#888' } },
]});
async function gql(query, variables) {
  const r = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query, variables }) });
  const j = await r.json();
  if (j.errors) throw new Error(j.errors.map((e) => e.message).join('; '));
  return j.data;
}
function esc(s) { const d = document.createElement('div'); d.textContent = s; return d.innerHTML; }
async function draw(id) {
  status('loading ' + id + ' …');
  const d = await gql('query($id: ID!) { neighborhood(id: $id, depth: 1, limit: 80) { nodes { id name labels } edges { type from to evidence { sentence } } } }', { id });
  const sg = d.neighborhood;
  cy.elements().remove();
  cy.add(sg.nodes.map((n, i) => ({ data: { id: n.id, label: n.name.slice(0, 18), color: colors[n.labels[0]] || '#999' }, classes: i === 0 ? 'focus' : '' })));
  cy.add(sg.edges.map((e, i) => ({ data: { id: 'e' + i, source: e.from, target: e.to, type: e.type } })));
  cy.layout({ name: 'cose', animate: false }).run();
  const me = sg.nodes[0];
  document.getElementById('side').innerHTML = '<h2>' + esc(me.name) + '</h2><p>' + esc(me.labels.join(', ')) + ' · ' + esc(me.id) + '</p><ul>' +
    sg.edges.filter((e) => e.from === me.id || e.to === me.id).map((e) => '<li><b>' + esc(e.type) + '</b> ' +
      esc(e.from === me.id ? '→ ' + e.to : '← ' + e.from) + '<br><small>' + esc((e.evidence[0] || {}).sentence || '') + '</small></li>').join('') + '</ul>';
  status(sg.nodes.length + ' nodes, ' + sg.edges.length + ' edges');
  document.body.dataset.drawn = String(sg.nodes.length);
  history.replaceState(null, '', '?id=' + encodeURIComponent(id));
}
async function go() {
  const q = document.getElementById('q').value.trim();
  if (!q) return;
  try {
    if (q.includes(':')) return await draw(q);
    const d = await gql('query($t: String!) { search(text: $t, first: 1) { node { id } } }', { t: q });
    if (!d.search.length) return status('nothing found for ' + q);
    await draw(d.search[0].node.id);
  } catch (e) { status(String(e.message || e)); }
}
document.getElementById('go').onclick = go;
document.getElementById('q').onkeydown = (e) => { if (e.key === 'Enter') go(); };
cy.on('tap', 'node', (e) => draw(e.target.id()).catch((err) => status(String(err.message || err))));
const start = new URLSearchParams(location.search).get('id');
if (start) { document.getElementById('q').value = start; go(); }
</script>
</body>
</html>
`))
