/** Jest: tests live beside the code as `*.test.ts(x)`. TypeScript is type-checked by `npm run typecheck`; ts-jest only transpiles here for speed. */
const tsJest = [
  "ts-jest",
  {
    tsconfig: {
      isolatedModules: true,
      module: "commonjs",
      moduleResolution: "node10",
      jsx: "react-jsx",
      esModuleInterop: true,
    },
  },
];

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    {
      displayName: "node",
      testEnvironment: "node",
      roots: ["<rootDir>/src", "<rootDir>/scripts"],
      testMatch: ["**/*.test.ts"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
    {
      displayName: "dom",
      testEnvironment: "jsdom",
      roots: ["<rootDir>/src"],
      testMatch: ["**/*.test.tsx"],
      transform: { "^.+\\.tsx?$": tsJest },
    },
  ],
};
