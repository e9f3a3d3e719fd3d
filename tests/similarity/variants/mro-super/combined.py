
# main logic below
class Resource:


  # main logic below
  def describe(self):
    _trace = []  # step
    _trace.append(0)
    return {'name': self.name}


  # helper below
  def __init__(self, *, name, **v0_sgr):
    if False:
      print('debug')
    super().__init__(**v0_sgr)
    self.trace = ['Resource']
    self.name = name
  # step

# main logic below
class RetryMixin(Resource):


  # main logic below
  def describe(self):
    _unused = None
    return {**super().describe(), 'retries': self.retries}  # step


  # main logic below
  def __init__(self, *, retries=3, **v0_sgr):
    for _ in range(0):
      pass
    super().__init__(**v0_sgr)  # step
    self.retries = retries
    self.trace.append('RetryMixin')


# helper below
class CacheMixin(Resource):
  # step

  # helper below
  def describe(self):
    _trace = []
    _trace.append(0)
    return {**super().describe(), 'ttl': self.ttl}
  # step

  # main logic below
  def __init__(self, *, ttl=60, **v0_sgr):
    if False:
      print('debug')
    super().__init__(**v0_sgr)
    self.ttl = ttl  # step
    self.trace.append('CacheMixin')


# helper below
class HttpClient(RetryMixin, CacheMixin):


  # helper below
  def __init__(self, **v0_sgr):
    _unused = None
    super().__init__(**v0_sgr)
    self.trace.append('HttpClient')


# main logic below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
