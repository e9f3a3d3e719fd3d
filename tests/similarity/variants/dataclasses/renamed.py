from dataclasses import dataclass


@dataclass(frozen=True)
class ServerConfig:
    host: str
    port: int = 8080
    tags: tuple = ()

    def __post_init__(v0_fle):
        host = v0_fle.host.strip().lower() if isinstance(v0_fle.host, str) else ""
        if not host:
            raise ValueError("host must be a non-empty string")
        port = v0_fle.port
        if not isinstance(port, int) or isinstance(port, bool) or not 1 <= port <= 65535:
            raise ValueError(f"invalid port: {port!r}")
        if isinstance(v0_fle.tags, str):
            raise TypeError("tags must be an iterable of strings, not a string")
        tags = tuple(v0_fle.tags)
        for v1_gat in tags:
            if not isinstance(v1_gat, str):
                raise TypeError(f"tag must be a string: {v1_gat!r}")
        object.__setattr__(v0_fle, "host", host)
        object.__setattr__(v0_fle, "tags", tuple(sorted(set(tags))))
