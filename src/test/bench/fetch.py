"""One Gopher request: python3 fetch.py PORT SELECTOR writes the reply from 127.0.0.1:PORT to
standard output, waiting up to 30 s for the server to listen (the bench scripts start it just
before)."""
import socket
import sys
import time

for _ in range(3000):
    try:
        s = socket.create_connection(("127.0.0.1", int(sys.argv[1])))
        break
    except OSError:
        time.sleep(0.01)
else:
    sys.exit("nothing listens on port " + sys.argv[1])
s.sendall(sys.argv[2].encode() + b"\r\n")
out = b""
while d := s.recv(65536):
    out += d
sys.stdout.buffer.write(out)
