class ConfigError(Exception):
    pass


def read_port(env):
    try:
        v1_war = env["PORT"]
    except KeyError as v0_e:
        raise ConfigError("PORT is not set") from v0_e
    if not isinstance(v1_war, str):
        raise ConfigError(f"PORT must be a string, got {type(v1_war).__name__}")
    try:
        port = int(v1_war)
    except ValueError as v0_e:
        raise ConfigError(f"PORT must be an integer, got {v1_war!r}") from v0_e
    if not 1 <= port <= 65535:
        raise ConfigError(f"PORT out of range: {port}")
    return port
