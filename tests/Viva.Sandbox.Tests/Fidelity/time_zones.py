# Time zones: zoneinfo reads the system's tz database; local time is UTC (no /etc/localtime inside,
# TZ=UTC outside).
import datetime
import time
import zoneinfo

instant = datetime.datetime(2024, 3, 31, 0, 30, tzinfo=datetime.timezone.utc)
for name in ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Lord_Howe"):
    local = instant.astimezone(zoneinfo.ZoneInfo(name))
    print(name, local.isoformat(), local.tzname(), local.dst())
print(time.tzname, time.timezone, time.localtime(0).tm_hour)
print(datetime.datetime.fromtimestamp(0).isoformat(), datetime.datetime.now().astimezone().tzname())
print(len(zoneinfo.available_timezones()) > 300)
