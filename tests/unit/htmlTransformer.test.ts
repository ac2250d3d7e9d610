import assert from "node:assert/strict";
import { test } from "node:test";
import type UserConfig from "@11ty/eleventy/UserConfig";
import { htmlTransformerOf } from "../../eleventy/plugins/htmlTransformer.ts";

const configWith = (htmlTransformer: unknown) => ({ htmlTransformer }) as unknown as UserConfig;
const noop = () => undefined;

test("Eleventy's HTML transformer is handed over when it has the methods the images replace and call", () => {
  const transformer = { setPosthtmlProcessOptions: noop, getCallbacks: noop, transformContent: noop };
  assert.equal(htmlTransformerOf(configWith(transformer)), transformer);
});

test("an Eleventy whose transformer has changed stops the build, naming what is missing and the version it was written for", () => {
  assert.throws(
    () => htmlTransformerOf(configWith({ setPosthtmlProcessOptions: noop, getCallbacks: noop, transformContent: "no" })),
    /as it was in Eleventy 3\.1\.8, and this Eleventy's has no function transformContent\(\)\./,
  );
  assert.throws(
    () => htmlTransformerOf(configWith(undefined)),
    /no function setPosthtmlProcessOptions\(\), getCallbacks\(\), transformContent\(\)/,
  );
});
