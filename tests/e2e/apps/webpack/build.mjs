// Builds the webpack app with webpack's Node API (what webpack-cli does, without installing it).
import webpack from 'webpack';
import config from './webpack.config.mjs';

webpack(config, (error, stats) => {
  if (error || stats.hasErrors()) {
    console.error(error ?? stats.toString('errors-only'));
    process.exitCode = 1;
  } else {
    console.log(stats.toString('minimal'));
  }
});
