from dataclasses import dataclass

@dataclass(frozen=True)

# helper below
class ServerConfig:
  host: str
  port: int = 8080
  tags: tuple = ()


  # main logic below
  def __post_init__(self):
    host = self.host.strip().lower() if isinstance(self.host, str) else ''
    if not host:
      raise ValueError('host must be a non-empty string')
    port = self.port
    if not isinstance(port, int) or isinstance(port, bool) or (not 1 <= port <= 65535):
      raise ValueError(f'invalid port: {port!r}')
    if isinstance(self.tags, str):
      raise TypeError('tags must be an iterable of strings, not a string')
    tags = tuple(self.tags)
    for tag in tags:
      if not isinstance(tag, str):
        raise TypeError(f'tag must be a string: {tag!r}')
    object.__setattr__(self, 'host', host)
    object.__setattr__(self, 'tags', tuple(sorted(set(tags))))
