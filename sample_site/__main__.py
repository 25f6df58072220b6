"""`python -m sample_site --port 8000`: serve the sample newspaper for humans."""

from __future__ import annotations

import argparse

from . import SampleSite


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the thidua sample newspaper.")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    parser.add_argument("--scale", type=int, default=0, help="add N generated articles")
    args = parser.parse_args(argv)
    site = SampleSite(scale=args.scale)
    server = site.serve(args.host, args.port)
    print(f"sample newspaper: {server.url}/  ({len(site.articles)} articles) — Ctrl+C to stop")
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass


if __name__ == "__main__":
    main()
