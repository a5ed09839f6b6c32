// @ts-check
import js from "@eslint/js";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  {
    ignores: [
      "**/dist/**",
      "**/src/generated/**",
      // Client source codegen writes for the facade's fixture vendor.
      "tests/facade/test/fixtures/*/**",
      "**/node_modules/**",
      "**/.turbo/**",
      "tests/contract/.readme/**",
      "apps/docs/lib/**",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: globals.node },
    rules: {
      "@typescript-eslint/consistent-type-imports": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Tests index into results they have just asserted on, and mutate fixtures on purpose.
    files: ["**/test/**", "tests/**"],
    rules: {
      "@typescript-eslint/no-non-null-assertion": "off",
      "@typescript-eslint/no-dynamic-delete": "off",
    },
  },
);
