// The progress charts, drawn with uPlot from the JSON the server embedded in the page.
import uPlot from "uplot";

const data = JSON.parse(document.getElementById("progress-data")?.textContent ?? "null");
const css = getComputedStyle(document.documentElement);
const color = (name) => css.getPropertyValue(name).trim() || "#4063d8";
const ink = color("--ink");
const grid = color("--line");
const axis = { stroke: ink, grid: { stroke: grid, width: 1 }, ticks: { stroke: grid } };
const bars = uPlot.paths.bars({ size: [0.7, 40] });

function chart(id, series, xs, ys, { percent = false, labels, barsOnly = false } = {}) {
  const host = document.getElementById(id);
  if (!host) return;
  const width = () => Math.max(260, host.clientWidth);
  const options = {
    // A static legend: the live one shows "--" for every series until the pointer is over the chart.
    width: width(), height: 220, legend: { show: true, live: false },
    scales: {
      // Half a day of room on each side, so the first and last (today's) bars are drawn whole.
      x: labels ? { time: false, range: [-0.5, labels.length - 0.5] } : { time: true, range: (u, min, max) => [min - 43200, max + 43200] },
      y: percent ? { range: [0, 100] } : { range: (u, min, max) => [0, Math.max(1, max)] },
    },
    axes: [
      // Area names are long: on a narrow screen they are slanted so they do not run into each other.
      labels ? { ...axis, splits: () => labels.map((_, i) => i), values: (u, splits) => splits.map((i) => labels[i] ?? ""),
        rotate: host.clientWidth < 600 ? -40 : 0, size: host.clientWidth < 600 ? 90 : 40 } : axis,
      { ...axis, incrs: percent ? undefined : [1, 2, 5, 10, 20, 50, 100, 200, 500], values: (u, splits) => splits.map((v) => (percent ? `${v}%` : v)) },
    ],
    series: [{}, ...series.map((s, i) => ({ label: s, stroke: color(`--chart-${i + 1}`), fill: color(`--chart-${i + 1}-fill`), paths: (i === 0 && !percent) || barsOnly ? bars : undefined, width: 2, points: { show: percent && !barsOnly } }))],
  };
  const plot = new uPlot(options, [xs, ...ys], host);
  new ResizeObserver(() => plot.setSize({ width: width(), height: 220 })).observe(host);
}

if (data) {
  const days = (list) => list.map((d) => Date.parse(d.day) / 1000);
  chart("chart-reviews", ["Reviews"], days(data.reviewsPerDay), [data.reviewsPerDay.map((d) => d.count)]);
  chart("chart-forecast", ["Due"], days(data.forecast), [data.forecast.map((d) => d.count)]);
  chart("chart-retention", ["Achieved", "Desired"], days(data.retention), [data.retention.map((d) => d.achieved), data.retention.map(() => data.desiredRetention)], { percent: true });
  const idx = data.mastery.map((_, i) => i);
  chart("chart-mastery", ["Mastery %"], idx, [data.mastery.map((m) => m.percent)], { labels: data.mastery.map((m) => m.area.split(" & ")[0]), percent: true, barsOnly: true });
}
