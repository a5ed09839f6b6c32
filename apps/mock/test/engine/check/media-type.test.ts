import { describe, expect, test } from "vitest";
import { mediaTypeOf } from "../../../src/engine/check/media-type.js";

describe("mediaTypeOf", () => {
  test.each([
    { contentType: "application/json", name: "application/json", json: true },
    { contentType: "Application/JSON; charset=utf-8", name: "application/json", json: true },
    {
      contentType: " application/merge-patch+json ",
      name: "application/merge-patch+json",
      json: true,
    },
    {
      contentType: "application/x-www-form-urlencoded;charset=UTF-8",
      name: "application/x-www-form-urlencoded",
      json: false,
    },
    { contentType: "text/plain", name: "text/plain", json: false },
    { contentType: "; charset=utf-8", name: "", json: false },
    { contentType: "", name: "", json: false },
  ])("$contentType is $name, read once or again", ({ contentType, name, json }) => {
    expect([mediaTypeOf(contentType), mediaTypeOf(contentType)]).toStrictEqual([
      { name, json },
      { name, json },
    ]);
  });

  test("values past the number it keeps are still read right", () => {
    const values = Array.from({ length: 100 }, (_, n) => `multipart/form-data; boundary=${n}`);
    for (let round = 0; round < 2; round++) {
      expect(values.map((value) => mediaTypeOf(value).name)).toEqual(
        values.map(() => "multipart/form-data"),
      );
    }
    expect(mediaTypeOf("application/json")).toStrictEqual({ name: "application/json", json: true });
  });
});
