"""The client's connection handling, against a raw socket server that misbehaves on purpose."""

from __future__ import annotations

import socket
import struct
import threading

import pytest

from safe_synthesizer.client import ApiError, SafeSynthesizerClient


def test_a_get_is_retried_when_the_server_drops_the_connection() -> None:
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(5)
    port = listener.getsockname()[1]

    def serve() -> None:
        first, _ = listener.accept()  # like a keep-alive connection the server is closing: reset
        first.recv(4096)
        first.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        first.close()
        second, _ = listener.accept()
        second.recv(4096)
        body = b'{"jobs": []}'
        second.sendall(b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: %d\r\n\r\n%s"
                       % (len(body), body))
        second.close()

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    try:
        assert SafeSynthesizerClient(base_url=f"http://127.0.0.1:{port}", token="nss_x").list_jobs() == []
    finally:
        thread.join(timeout=10)
        listener.close()


def test_no_server_is_one_clear_error_without_retries() -> None:
    with pytest.raises(ApiError, match=r"cannot reach the job service at http://127\.0\.0\.1:9 \(ConnectError\)"):
        SafeSynthesizerClient(base_url="http://127.0.0.1:9", token="nss_x").list_jobs()
