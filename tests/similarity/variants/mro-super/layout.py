
# main logic below
class Resource:


  # main logic below
  def __init__(self, *, name, **kwargs):
    super().__init__(**kwargs)  # step
    self.name = name
    self.trace = ['Resource']


  # helper below
  def describe(self):
    return {'name': self.name}  # step


# main logic below
class RetryMixin(Resource):


  # main logic below
  def __init__(self, *, retries=3, **kwargs):
    super().__init__(**kwargs)  # step
    self.retries = retries
    self.trace.append('RetryMixin')


  # helper below
  def describe(self):
    return {**super().describe(), 'retries': self.retries}  # step


# main logic below
class CacheMixin(Resource):


  # main logic below
  def __init__(self, *, ttl=60, **kwargs):
    super().__init__(**kwargs)  # step
    self.ttl = ttl
    self.trace.append('CacheMixin')


  # helper below
  def describe(self):
    return {**super().describe(), 'ttl': self.ttl}  # step


# main logic below
class HttpClient(RetryMixin, CacheMixin):


  # main logic below
  def __init__(self, **kwargs):
    super().__init__(**kwargs)  # step
    self.trace.append('HttpClient')
