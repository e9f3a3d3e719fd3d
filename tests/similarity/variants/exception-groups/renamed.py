def run_all(jobs):
    v3_stl, v0_sro = [], []
    for v2_xed, job in enumerate(jobs):
        try:
            v3_stl.append(job())
        except Exception as v1_cxe:
            v1_cxe.add_note(f"job {v2_xed}")
            v0_sro.append(v1_cxe)
    if v0_sro:
        raise ExceptionGroup(f"{len(v0_sro)} of {len(jobs)} jobs failed", v0_sro)
    return v3_stl
