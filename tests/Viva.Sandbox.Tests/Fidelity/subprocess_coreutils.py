# subprocess with the everyday tools: exit codes, a shell pipeline, input, a bare environment, a listing.
import subprocess

print(subprocess.run(["true"]).returncode, subprocess.run(["false"]).returncode)
print(subprocess.run(["echo", "hello", "world"], capture_output=True, text=True).stdout, end="")
pipeline = "printf '%s\\n' pear apple fig | sort | head -n 2"
print(subprocess.run(pipeline, shell=True, capture_output=True, text=True).stdout.split())
print(subprocess.run("printf 'a b\\nc\\n' | wc -l", shell=True, capture_output=True, text=True).stdout.strip())
print(subprocess.run(["cat"], input="through cat\n", capture_output=True, text=True).stdout, end="")
print(subprocess.run(["env"], env={"ONLY": "this"}, capture_output=True, text=True).stdout, end="")
print(subprocess.run(["sh", "-c", "exit 7"]).returncode)
subprocess.run(["sleep", "0.05"], check=True)
open("data.txt", "w").close()
print(subprocess.run(["ls"], capture_output=True, text=True).stdout.split())
print(subprocess.check_output("echo $((6 * 7))", shell=True, text=True).strip())
try:
    subprocess.run(["no-such-tool"])
except FileNotFoundError as error:
    print("FileNotFoundError", error.filename)
