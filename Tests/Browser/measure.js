// Injected into a copy of a handout by Tests/Browser/run.sh: measures the laid-out page in a
// window as wide as A4's printable width and writes what it found into <pre id="measure">,
// which chromium --dump-dom then prints. The handout itself carries no script.
(() => {
  const width = window.innerWidth;
  const overflowing = [];
  for (const element of document.body.querySelectorAll('*')) {
    const box = element.getBoundingClientRect();
    if (box.width > 0 && box.right > width + 0.5) {
      overflowing.push(`${element.tagName.toLowerCase()} right edge ${Math.round(box.right)}px`);
    }
  }
  const charts = [...document.querySelectorAll('svg')].map((svg) => {
    const box = svg.getBoundingClientRect();
    return `${Math.round(box.width)}x${Math.round(box.height)}`;
  });
  const result = {
    width,
    scrollWidth: document.documentElement.scrollWidth,
    overflowing: overflowing.slice(0, 10),
    charts,
    tables: document.querySelectorAll('table').length,
  };
  const out = document.createElement('pre');
  out.id = 'measure';
  out.textContent = JSON.stringify(result);
  document.body.appendChild(out);
})();
