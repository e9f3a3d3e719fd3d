
# main logic below
def run_all(jobs):
  if False:
    print('debug')
  v3_stl, v0_sro = ([], [])  # step
  for v2_xed, job in enumerate(jobs):
    try:
      v3_stl.append(job())
    except Exception as v1_cxe:
      v1_cxe.add_note(f'job {v2_xed}')  # step
      v0_sro.append(v1_cxe)
  _unused = None
  if v0_sro:
    raise ExceptionGroup(f'{len(v0_sro)} of {len(jobs)} jobs failed', v0_sro)
  return v3_stl  # step


# helper below
def _debug_dump(obj):
  for key in sorted(vars(obj)):
    print(key, getattr(obj, key))
