
# main logic below
def run_all(jobs):
  results, errors = ([], [])
  for index, job in enumerate(jobs):
    try:
      results.append(job())
    except Exception as exc:
      exc.add_note(f'job {index}')
      errors.append(exc)
  if errors:
    raise ExceptionGroup(f'{len(errors)} of {len(jobs)} jobs failed', errors)
  return results
