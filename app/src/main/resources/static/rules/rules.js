// The analysts' page: sign in, download the active files, upload a draft, read the check and the
// what-if, submit. Talks to /api/rule-sets with HTTP Basic; credentials stay in this tab only.
'use strict';

const state = { auth: sessionStorage.getItem('onecard.auth'), user: sessionStorage.getItem('onecard.user'), ruleSet: null, draft: null };
const $ = (id) => document.getElementById(id);

async function api(path, options = {}) {
  const headers = Object.assign({ 'Authorization': 'Basic ' + state.auth, 'X-Requested-With': 'XMLHttpRequest',
    'Accept': 'application/json' }, options.headers || {});
  const response = await fetch('../api' + path, Object.assign({}, options, { headers }));
  if (response.status === 401) {
    signOut('登录已失效或密码错误 Sign-in failed or expired');
    throw new Error('unauthorised');
  }
  return response;
}

async function json(path, options) {
  const response = await api(path, options);
  const body = await response.json().catch(() => ({}));
  if (!response.ok) {
    const details = (body.errors || []).map(e => e.field + ': ' + e.reason).join('\n');
    const error = new Error(details || body.detail || ('HTTP ' + response.status));
    error.status = response.status;
    throw error;
  }
  return body;
}

/** Whole fen as yuan with two decimals, by integer arithmetic. */
function yuan(fen) {
  if (fen === null || fen === undefined) return '—';
  const sign = fen < 0 ? '-' : (fen > 0 ? '+' : '');
  const abs = Math.abs(fen);
  return sign + Math.trunc(abs / 100) + '.' + String(abs % 100).padStart(2, '0') + ' 元';
}

function cell(row, text, className) {
  const td = document.createElement('td');
  td.textContent = text === null || text === undefined ? '' : String(text);
  if (className) td.className = className;
  row.appendChild(td);
  return td;
}

function fill(tableId, rows, render) {
  const table = $(tableId);
  const body = table.querySelector('tbody');
  body.replaceChildren();
  rows.forEach(r => { const tr = document.createElement('tr'); render(tr, r); body.appendChild(tr); });
  table.hidden = rows.length === 0;
}

function signOut(message) {
  sessionStorage.removeItem('onecard.auth');
  sessionStorage.removeItem('onecard.user');
  state.auth = null;
  $('workspace').hidden = true;
  $('sign-in-panel').hidden = false;
  $('sign-out').hidden = true;
  $('who').textContent = '';
  $('sign-in-error').textContent = message || '';
}

async function signIn(event) {
  event.preventDefault();
  const user = $('user').value.trim();
  state.auth = btoa(unescape(encodeURIComponent(user + ':' + $('password').value)));
  state.user = user;
  try {
    await loadRuleSets();
    sessionStorage.setItem('onecard.auth', state.auth);
    sessionStorage.setItem('onecard.user', user);
    showWorkspace();
  } catch (e) {
    if (e.status === 403) signOut('该用户无权查看收费规则 This user may not see the fee rules');
  }
}

function showWorkspace() {
  $('sign-in-panel').hidden = true;
  $('workspace').hidden = false;
  $('sign-out').hidden = false;
  $('who').textContent = '当前用户 Signed in as ' + state.user;
}

async function loadRuleSets() {
  const sets = await json('/rule-sets');
  fill('rule-sets', sets, (tr, s) => {
    cell(tr, s.ruleSet);
    cell(tr, s.activeVersion);
    cell(tr, s.activeRules);
    cell(tr, s.pending.map(p => p.version.versionId + ' (' + (p.waitingFor || p.version.status) + ')').join(', '));
    const button = document.createElement('button');
    button.textContent = '打开 Open';
    button.dataset.ruleSet = s.ruleSet;
    button.addEventListener('click', () => openRuleSet(s.ruleSet));
    cell(tr, '').appendChild(button);
  });
  return sets;
}

async function openRuleSet(ruleSet) {
  state.ruleSet = ruleSet;
  state.draft = null;
  $('rule-set-name').textContent = ruleSet;
  $('rule-set-panel').hidden = false;
  $('draft').hidden = true;
  $('upload-error').textContent = '';
  const set = await json('/rule-sets/' + ruleSet);
  const active = await json('/rule-sets/' + ruleSet + '/versions/' + set.activeVersion);
  const list = $('active-files');
  list.replaceChildren();
  active.version.files.forEach(f => {
    const li = document.createElement('li');
    const a = document.createElement('a');
    a.href = '#';
    a.textContent = f.name;
    a.className = 'download';
    a.addEventListener('click', (e) => { e.preventDefault(); download(ruleSet, f.name); });
    li.append(a, ' (' + f.sizeBytes + ' bytes, ' + set.activeVersion + ')');
    list.appendChild(li);
  });
  await loadVersions();
}

async function download(ruleSet, fileName) {
  const response = await api('/rule-sets/' + ruleSet + '/active/files/' + encodeURIComponent(fileName));
  const blob = await response.blob();
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = fileName;
  document.body.appendChild(a);
  a.click();
  a.remove();
}

async function loadVersions() {
  const versions = await json('/rule-sets/' + state.ruleSet + '/versions');
  fill('versions', versions, (tr, v) => {
    const version = v.version;
    cell(tr, version.versionId);
    cell(tr, version.status + (v.waitingFor ? ' — waiting for ' + v.waitingFor : ''));
    cell(tr, version.author);
    cell(tr, version.reason || (version.rollsBackTo ? 'rollback to ' + version.rollsBackTo : ''));
    cell(tr, version.effectiveAt || '');
    cell(tr, version.checkSummary);
    const actions = cell(tr, '');
    if (version.status === 'RETIRED') {
      const button = document.createElement('button');
      button.textContent = '回滚到此版本 Roll back to this';
      button.addEventListener('click', () => rollback(version.versionId));
      actions.appendChild(button);
    }
  });
  const audit = await json('/rule-sets/audit?ruleSet=' + encodeURIComponent(state.ruleSet));
  fill('audit', audit, (tr, a) => {
    cell(tr, a.recordedAt);
    cell(tr, a.versionId);
    cell(tr, a.outcome);
    cell(tr, a.actor);
    cell(tr, a.note.length > 300 ? a.note.slice(0, 300) + '…' : a.note);
  });
}

async function upload(event) {
  event.preventDefault();
  $('upload-error').textContent = '';
  const form = new FormData();
  for (const file of $('files').files) form.append('files', file, file.name);
  try {
    showDraft(await json('/rule-sets/' + state.ruleSet + '/drafts', { method: 'POST', body: form }));
    await loadVersions();
  } catch (e) {
    $('upload-error').textContent = '上传被拒绝 Upload refused:\n' + e.message;
  }
}

async function rollback(versionId) {
  try {
    showDraft(await json('/rule-sets/' + state.ruleSet + '/versions/' + versionId + '/rollback', { method: 'POST' }));
    await loadVersions();
  } catch (e) {
    $('upload-error').textContent = '回滚被拒绝 Rollback refused:\n' + e.message;
  }
}

function showDraft(draft) {
  state.draft = draft;
  $('draft').hidden = false;
  $('draft-version').textContent = draft.version.versionId;
  $('submit-error').textContent = '';
  $('submit-result').textContent = '';
  const check = draft.check;
  const summary = $('check-summary');
  summary.textContent = check.summary;
  summary.className = 'summary ' + (check.passed ? 'passed' : 'refused');
  fill('problems', check.problems, (tr, p) => { cell(tr, p.kind); cell(tr, p.where); cell(tr, p.message); });
  fill('failed-scenarios', check.failedScenarios, (tr, s) => {
    cell(tr, 'line ' + s.line + ': ' + s.name); cell(tr, s.expected); cell(tr, s.actual);
  });
  const other = $('other-findings');
  other.replaceChildren();
  check.uncoveredRules.forEach(r => { const li = document.createElement('li'); li.textContent = '规则无场景 rule without a scenario: ' + r; other.appendChild(li); });
  check.precedenceProblems.forEach(p => { const li = document.createElement('li'); li.textContent = '优先级 precedence: ' + p; other.appendChild(li); });

  const w = draft.whatIf;
  $('what-if-summary').textContent = w.note
    ? w.note
    : w.changed + ' / ' + w.evaluated + ' ' + w.subjects + ' 变化 change (' + w.increased + ' 增 up, ' + w.decreased
      + ' 减 down); 合计 total ' + yuan(w.totalChangeFen) + '; 最大 largest ' + yuan(w.largestChangeFen)
      + ' — compared with ' + w.activeVersion;
  fill('what-if-largest', w.largest, (tr, c) => {
    cell(tr, c.subject); cell(tr, c.before); cell(tr, c.after); cell(tr, yuan(c.changeFen), 'money');
  });
}

/** The datetime-local value, read as Beijing time. */
function beijing(local) {
  return (local.length === 16 ? local + ':00' : local) + '+08:00';
}

async function submit(event) {
  event.preventDefault();
  $('submit-error').textContent = '';
  try {
    const result = await json('/rule-sets/' + state.ruleSet + '/versions/' + state.draft.version.versionId + '/submission', {
      method: 'POST', headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ reason: $('reason').value, effectiveAt: beijing($('effective-at').value) })
    });
    $('submit-result').textContent = '已提交 Submitted: ' + result.version.versionId
      + ' — 等待另一位审批人在任务列表中审批 a rule approver other than you decides in Tasklist';
    await loadVersions();
    await loadRuleSets();
  } catch (e) {
    $('submit-error').textContent = '提交被拒绝 Submission refused:\n' + e.message;
  }
}

$('sign-in').addEventListener('submit', signIn);
$('sign-out').addEventListener('click', () => signOut(''));
$('upload').addEventListener('submit', upload);
$('submit').addEventListener('submit', submit);
if (state.auth) {
  loadRuleSets().then(showWorkspace).catch(() => {});
}
