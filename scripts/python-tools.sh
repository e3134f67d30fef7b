# Sourced by the scripts here: a Python virtual environment with the pinned PyPI tools that test the
# service's contract (Schemathesis, openapi-python-client) and drive the preview in Chromium (websockets, for the
# DevTools protocol), made once under .build/python-tools.
# Hypothesis is pinned too: 6.170 fails inside CPython 3.11.7's ast.parse ("AST constructor recursion depth
# mismatch") while describing a filter for a boolean query parameter, a runtime error of the tool, not a finding.
PYTHON_TOOLS="${PLANPRESS_PYTHON_TOOLS:-$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)/.build/python-tools}"
if [[ ! -x "$PYTHON_TOOLS/bin/schemathesis" || ! -x "$PYTHON_TOOLS/bin/openapi-python-client" || ! -x "$PYTHON_TOOLS/bin/ruff" ]] \
        || ! "$PYTHON_TOOLS/bin/python" -c "import websockets" 2>/dev/null; then
    python3 -m venv "$PYTHON_TOOLS"
    "$PYTHON_TOOLS/bin/pip" install --quiet --disable-pip-version-check \
        schemathesis==4.32.5 hypothesis==6.140.0 openapi-python-client==0.29.1 ruff==0.17.5 websockets==17.4
fi
