// Entry of the web UI: mounts the app into the page that `parallax serve` sends for every UI route.
import { render } from 'preact'
import { App } from './app.js'
import './style.css'

render(<App />, document.getElementById('app')!)
