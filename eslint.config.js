// Type-aware lint for the project; Remotion's rules (determinism, staticFile, media tags) on everything that renders.
import remotion from '@remotion/eslint-plugin';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'bench/.out/**', 'bench/.scratch/**', 'dist/**', 'coverage/**', '**/*.js'] },
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.{ts,tsx}', 'scenes/**/*.ts'],
    ...remotion.flatPlugin,
  },
  {
    // `transition` here is a beat field, not the CSS property the rule looks for.
    files: ['scenes/**/*.ts', 'src/schema/**/*.ts'],
    rules: { '@remotion/non-pure-animation': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },
);
