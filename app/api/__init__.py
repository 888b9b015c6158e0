"""The register API (issue #19): HTTP + JSON for cash registers, an entry beside the Qt UI
and the command line, calling the same services (services/register_api.py).

    app/api/schemas.py   the request bodies as the OpenAPI document describes them
    app/api/errors.py    every refusal as a status and {"error": {code, message, field}}
    app/api/guard.py     bearer tokens, wrong ones counted per address and slowed
    app/api/routes.py    create_app(api, on_event=None) -> the FastAPI app
    app/api/server.py    ApiServer: start()/stop() in a thread, or run() in the foreground

Only the command line (`regulars serve`) and the UI's composition root import it.
"""
