"""The web app and REST API (`newsfuse serve`): FastAPI on uvicorn over the story store."""

from __future__ import annotations

from newsfuse.config import Settings
from newsfuse.errors import ExitCode, NewsfuseError


def serve(settings: Settings, host: str, port: int) -> None:
    """Run until interrupted. Refuses a non-loopback address without a token: writes would be open to all."""
    from newsfuse.serve.guards import is_loopback

    if not settings.token and not is_loopback(host):
        raise NewsfuseError(f"refusing to listen on {host} without a token: give --token or NEWSFUSE_TOKEN "
                            "(writes need it), or listen on 127.0.0.1", ExitCode.USAGE)
    import socket

    try:  # uvicorn reports a taken port with a log line and exit code 3 ("not found" here): say it plainly
        with socket.create_server((host, port)):
            pass
    except OSError as error:
        raise NewsfuseError(f"cannot listen on {host}:{port} ({error.strerror}); choose another --port",
                            ExitCode.USAGE) from error
    import uvicorn

    from newsfuse.serve.app import create_app

    app = create_app(settings)
    print(f"newsfuse: serving {settings.db} on http://{host}:{port}/ (Ctrl-C stops)", flush=True)
    uvicorn.run(app, host=host, port=port, log_level="warning", server_header=False)
