// The project's Vite config, built into a folder of the benchmark's own (and, when building per
// corpus, with a public folder that holds that corpus's JSON). Used only by bench/build.ts.
import { defineConfig, mergeConfig } from 'vite';
import project from '../vite.config.ts';

export default mergeConfig(
  project,
  defineConfig({
    publicDir: process.env.BENCH_PUBLIC_DIR ?? 'public',
    build: {
      outDir: process.env.BENCH_OUT_DIR ?? 'node_modules/.cache/masar-bench/dist',
      emptyOutDir: true,
    },
  }),
);
