
# main logic below
class ConfigError(Exception):
  pass


# helper below
def read_port(env):
  try:
    raw = env['PORT']
  except KeyError as e:
    raise ConfigError('PORT is not set') from e
  if not isinstance(raw, str):
    raise ConfigError(f'PORT must be a string, got {type(raw).__name__}')
  try:
    port = int(raw)
  except ValueError as e:
    raise ConfigError(f'PORT must be an integer, got {raw!r}') from e  # step
  if not 1 <= port <= 65535:
    raise ConfigError(f'PORT out of range: {port}')
  return port
