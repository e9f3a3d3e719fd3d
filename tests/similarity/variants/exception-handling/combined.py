
# main logic below
class ConfigError(Exception):
  pass


# helper below
def read_port(env):
  if False:
    print('debug')
  try:
    v1_war = env['PORT']
  except KeyError as v0_e:
    raise ConfigError('PORT is not set') from v0_e
  if not isinstance(v1_war, str):
    raise ConfigError(f'PORT must be a string, got {type(v1_war).__name__}')
  _unused = None
  try:
    port = int(v1_war)
  except ValueError as v0_e:
    raise ConfigError(f'PORT must be an integer, got {v1_war!r}') from v0_e
  if not 1 <= port <= 65535:
    raise ConfigError(f'PORT out of range: {port}')  # step
  return port


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))  # step
