// The snippet builder: reads the CDN manifest (files and SRI hashes), lets a webmaster pick widgets,
// unit, collector, colours and language, shows the widgets live and writes the snippet to copy.
// Every value the user types goes into attributes through the DOM or into escaped text, never HTML.
const NAMES = {
  'motcua-procedure-search': 'Tra cứu thủ tục hành chính',
  'motcua-satisfaction-rating': 'Đánh giá mức độ hài lòng (nhanh)',
  'motcua-satisfaction-survey': 'Đánh giá chi tiết mức độ hài lòng',
  'motcua-satisfaction-results': 'Kết quả đánh giá mức độ hài lòng',
  'motcua-satisfaction-kiosk': 'Máy đánh giá tại quầy (máy tính bảng)',
  'motcua-feedback-box': 'Hộp thư phản ánh, kiến nghị',
  'motcua-campaign-banner': 'Băng rôn tuyên truyền',
};
// Without a collector (a bare demo site), the preview reads the catalogue the site ships instead.
const EXTRA = { 'motcua-procedure-search': { src: '/data/procedures.json' } };

const $ = (id) => document.getElementById(id);
const list = $('widget-list');
const form = $('builder');
const status = $('status');
let manifest;

const attr = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

function chosen() {
  return [...list.querySelectorAll('input[type="checkbox"]:checked')].map((c) => c.value);
}

function validUrl(text) {
  try {
    const u = new URL(text);
    return u.protocol === 'https:' || u.protocol === 'http:';
  } catch {
    return false;
  }
}

function showError(id, message) {
  const el = $(`${id}-error`);
  el.textContent = message;
  el.hidden = !message;
  $(id).setAttribute('aria-invalid', message ? 'true' : 'false');
}

function update() {
  if (!manifest) return;
  const unit = $('unit').value.trim();
  const endpoint = $('endpoint').value.trim().replace(/\/+$/, '');
  const cdn = $('cdn').value.trim().replace(/\/+$/, '');
  const lang = $('lang').value;
  const primary = $('primary').value;
  const radius = $('radius').value;
  const unitOk = /^[a-z0-9][a-z0-9-]{0,63}$/i.test(unit);
  const endpointOk = validUrl(endpoint);
  showError('unit', unitOk ? '' : 'Mã đơn vị chỉ gồm chữ không dấu, số và dấu gạch ngang.');
  showError('endpoint', endpointOk ? '' : 'Địa chỉ máy chủ cần bắt đầu bằng https:// (hoặc http:// khi thử nghiệm).');
  const tags = chosen();

  const lines = [
    `<script type="module" src="${attr(`${cdn}/${manifest.version}/${manifest.autoloader.file}`)}"`,
    `  integrity="${manifest.autoloader.integrity}" crossorigin="anonymous"></script>`,
  ];
  for (const tag of tags) {
    const attrs = { unit, endpoint, ...(lang ? { lang } : {}) };
    const text = Object.entries(attrs)
      .map(([k, v]) => ` ${k}="${attr(v)}"`)
      .join('');
    lines.push(`<${tag}${text}></${tag}>`);
  }
  $('snippet').value = tags.length ? lines.join('\n') : '';
  $('css').value = tags.length
    ? `${tags.join(',\n')} {\n  --motcua-color-primary: ${primary};\n  --motcua-radius: ${radius};\n}`
    : '';

  // The preview waits until typing pauses and the values are valid, so half-typed unit codes never
  // reach the collector.
  clearTimeout(timer);
  if (unitOk && endpointOk) timer = setTimeout(() => renderPreview(tags, unit, endpoint, lang, primary, radius), 400);
}

let timer;

/** Live preview: the same elements, styled through the CSS object model (allowed under a strict CSP). */
function renderPreview(tags, unit, endpoint, lang, primary, radius) {
  const preview = $('preview');
  const current = [...preview.children].map((el) => el.localName).join(',');
  if (current !== tags.join(',')) {
    preview.replaceChildren(...tags.map((tag) => document.createElement(tag)));
  }
  for (const el of preview.children) {
    const attrs = { unit, endpoint, ...(list.dataset.collector ? {} : (EXTRA[el.localName] ?? {})) };
    for (const [k, v] of Object.entries(attrs)) if (el.getAttribute(k) !== v) el.setAttribute(k, v);
    if (lang) el.setAttribute('lang', lang);
    else el.removeAttribute('lang');
    el.style.setProperty('--motcua-color-primary', primary);
    el.style.setProperty('--motcua-radius', radius);
  }
}

async function copy(id, done) {
  const box = $(id);
  if (!box.value) {
    status.textContent = 'Chưa có đoạn mã: hãy chọn ít nhất một tiện ích ở bước 1.';
    return;
  }
  try {
    await navigator.clipboard.writeText(box.value);
    status.textContent = done;
  } catch {
    box.focus();
    box.select();
    status.textContent = 'Trình duyệt không cho chép tự động. Đoạn mã đã được chọn: nhấn Ctrl+C để chép.';
  }
}

async function start() {
  $('endpoint').value = list.dataset.collector || `${location.origin}`;
  $('cdn').value = `${location.origin}/cdn`;
  try {
    const res = await fetch('/cdn/manifest.json');
    if (!res.ok) throw new Error(String(res.status));
    manifest = await res.json();
  } catch {
    list.replaceChildren(
      Object.assign(document.createElement('p'), {
        className: 'error',
        textContent: 'Không tải được danh sách tiện ích. Hãy tải lại trang sau ít phút.',
      }),
    );
    return;
  }
  // The procedure search is what most wards embed first: it starts ticked (or the first widget, if absent).
  const tags = Object.keys(manifest.widgets);
  const first = tags.includes('motcua-procedure-search') ? 'motcua-procedure-search' : tags[0];
  const items = tags.map((tag) => {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = tag;
    box.name = 'widgets';
    box.checked = tag === first;
    label.append(box, ` ${NAMES[tag] ?? tag}`);
    return label;
  });
  list.replaceChildren(...items);
  form.addEventListener('input', update);
  form.addEventListener('change', update);
  form.addEventListener('submit', (e) => e.preventDefault());
  $('copy').addEventListener('click', () => copy('snippet', 'Đã chép đoạn mã HTML. Hãy dán vào trang web của bạn.'));
  $('copy-css').addEventListener('click', () => copy('css', 'Đã chép đoạn mã CSS.'));
  update();
}

start();
