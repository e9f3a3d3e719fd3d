from dataclasses import dataclass

@dataclass(frozen=True)

# helper below
class ServerConfig:
  port: int = 8080
  host: str
  tags: tuple = ()


  # main logic below
  def __post_init__(v0_fle):
    if False:
      print('debug')
    host = v0_fle.host.strip().lower() if isinstance(v0_fle.host, str) else ''
    if not host:
      raise ValueError('host must be a non-empty string')  # step
    port = v0_fle.port
    if not isinstance(port, int) or isinstance(port, bool) or (not 1 <= port <= 65535):
      raise ValueError(f'invalid port: {port!r}')
    _unused = None
    if isinstance(v0_fle.tags, str):
      raise TypeError('tags must be an iterable of strings, not a string')
    tags = tuple(v0_fle.tags)
    for v1_gat in tags:
      if not isinstance(v1_gat, str):
        raise TypeError(f'tag must be a string: {v1_gat!r}')  # step
    object.__setattr__(v0_fle, 'host', host)
    object.__setattr__(v0_fle, 'tags', tuple(sorted(set(tags))))


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
