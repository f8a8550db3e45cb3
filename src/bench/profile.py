#!/usr/bin/env python3
"""Summarises a JFR recording's CPU samples (jdk.ExecutionSample) as Markdown: where a workload spends its CPU.

    python3 src/bench/profile.py target/bench/<time>/W1.jfr

Shares are of all samples: "by component" counts a sample for every component on its stack (so they overlap:
serialisation called from a resource counts for both); "hottest frames" are where the CPU was when sampled.
"""
import collections
import re
import subprocess
import sys

COMPONENTS = [
    ("the API's code", "dev.contentapi."),
    ("Hibernate ORM", "org.hibernate."),
    ("PostgreSQL JDBC driver", "org.postgresql."),
    ("Agroal (connection pool)", "io.agroal."),
    ("Jackson (JSON)", "com.fasterxml.jackson."),
    ("RESTEasy Reactive (JAX-RS)", "org.jboss.resteasy."),
    ("Vert.x (HTTP server)", "io.vertx."),
    ("Netty (network)", "io.netty."),
    ("SHA-256 (ETags) and HMAC (cursors)", "sun.security.provider."),
    ("logging (access log, JSON lines)", "org.jboss.logmanager."),
    ("JSON-P (JSON log formatting)", "org.eclipse.parsson."),
    ("Micrometer (metrics)", "io.quarkus.micrometer."),
    ("ArC (CDI)", "io.quarkus.arc."),
    ("Narayana (transactions)", "com.arjuna."),
]
FRAME = re.compile(r"^\s+([\w.$<>\[\]/]+)\(", re.M)


def main(path):
    text = subprocess.run(["jfr", "print", "--stack-depth", "64", "--events", "jdk.ExecutionSample", path], check=True,
                          capture_output=True, text=True).stdout
    stacks = [FRAME.findall(event) for event in text.split("jdk.ExecutionSample")[1:]]
    stacks = [stack for stack in stacks if stack]
    total = len(stacks)
    if total == 0:
        print("No CPU samples in " + path)
        return
    by_component = collections.Counter()
    self_frames = collections.Counter()
    own_code = collections.Counter()
    for stack in stacks:
        self_frames[stack[0]] += 1
        for name, prefix in COMPONENTS:
            if any(frame.startswith(prefix) for frame in stack):
                by_component[name] += 1
        for frame in set(stack):
            if frame.startswith("dev.contentapi.") and "$$" not in frame and "_Subclass" not in frame:
                own_code[frame] += 1
    print(f"{total} CPU samples of Java threads (JFR, settings=profile).\n")
    print("| component on the stack | share of samples |\n| --- | ---: |")
    for name, count in by_component.most_common():
        print(f"| {name} | {100 * count / total:.1f}% |")
    print("\n| hottest frames (self) | share |\n| --- | ---: |")
    for frame, count in self_frames.most_common(15):
        print(f"| `{frame}` | {100 * count / total:.1f}% |")
    print("\n| the API's methods (inclusive) | share |\n| --- | ---: |")
    for frame, count in own_code.most_common(15):
        print(f"| `{frame}` | {100 * count / total:.1f}% |")


if __name__ == "__main__":
    main(sys.argv[1])
