import { expect, test } from "vitest";
import { externalResources, isExternal, mentionedOrigins } from "../src/external-resources.js";

test.each([
  [`<script src="https://cdn.example.com/x.js"></script>`, ["https://cdn.example.com/x.js"]],
  [`<script type="module" src='//cdn.example.com/m.js'></script>`, ["//cdn.example.com/m.js"]],
  [
    `<link rel="stylesheet" href="https://fonts.googleapis.com/css?family=Inter">`,
    ["https://fonts.googleapis.com/css?family=Inter"],
  ],
  [`<link rel="preconnect" href=https://fonts.gstatic.com>`, ["https://fonts.gstatic.com"]],
  [
    `<img alt="" srcset="a.png 1x, https://img.example.com/b.png 2x">`,
    ["https://img.example.com/b.png"],
  ],
  [`<img src="https&#58;//evil.example/p.gif">`, ["https://evil.example/p.gif"]],
  [
    `<style>@import url("https://fonts.googleapis.com/css2");</style>`,
    ["https://fonts.googleapis.com/css2"],
  ],
  [`<style>@import 'http://x.example/a.css';</style>`, ["http://x.example/a.css"]],
  [`<div style="background: url('http://x.example/bg.png')"></div>`, ["http://x.example/bg.png"]],
  [
    `<meta http-equiv="refresh" content="0; url=https://elsewhere.example/">`,
    ["https://elsewhere.example/"],
  ],
  [`<iframe src="https://embed.example/"></iframe>`, ["https://embed.example/"]],
])("%s loads %j", (html, urls) => {
  expect(externalResources(html)).toEqual(urls);
});

test.each([
  `<a href="https://example.com/">a link is not a load</a>`,
  `<script src="app.js"></script><link rel="icon" href="../favicon.svg">`,
  `<img src="data:image/svg+xml,%3Csvg%3E%3C/svg%3E"><img src="blob:abc">`,
  `<script>const s = '<script src="https://cdn.example.com/x.js"><\\/script>';</script>`,
  `<svg xmlns="http://www.w3.org/2000/svg"></svg>`,
  `<style>.a { background: url(data:image/png;base64,AAAA) }</style>`,
])("%s loads nothing from elsewhere", (html) => {
  expect(externalResources(html)).toEqual([]);
});

test.each([
  ["https://a.example/", true],
  ["HTTP://A.EXAMPLE", true],
  ["//a.example/x", true],
  ["/root/x", false],
  ["reference/x.html", false],
  ["data:text/plain,x", false],
])("isExternal(%j) is %j", (url, external) => {
  expect(isExternal(url)).toBe(external);
});

test("mentionedOrigins lists each origin once, scripts included", () => {
  expect(
    mentionedOrigins(
      `<script>fetch("https://otel.example/v1"); x="https://otel.example/y"</script> http://a.b:8080/z`,
    ),
  ).toEqual(["http://a.b:8080", "https://otel.example"]);
});
