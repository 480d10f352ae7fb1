import { render } from "preact";
import { ConsoleApp } from "./app";
import "../styles.css";
import "./console.css";

const root = document.getElementById("app");
if (root) render(<ConsoleApp />, root);
