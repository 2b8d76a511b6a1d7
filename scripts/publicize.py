#!/usr/bin/env python3
"""Adds an access modifier to every declaration without one, at file scope and in type bodies (never inside
functions, closures or accessors; never in protocol bodies; never on enum cases or extensions).

A tool for moving code into its own module: `scripts/publicize.py public FILE...`.
"""
import re
import sys

ACCESS = {"public", "private", "fileprivate", "internal", "open", "package"}
MODIFIERS = {"static", "final", "override", "required", "convenience", "mutating", "nonmutating", "nonisolated",
             "lazy", "indirect", "weak", "unowned", "dynamic", "class"}
DECL = {"func", "var", "let", "init", "init?", "subscript", "struct", "class", "enum", "protocol", "typealias"}
LAST_KEYWORD = re.compile(r"\b(func|var|let|init|subscript|struct|class|enum|extension|protocol|if|for|while|"
                          r"switch|guard|else|do|catch|defer|repeat|get|set|willSet|didSet|case|default)\b(?!\s*:)")


def strip_strings(text):
    return re.sub(r'"(?:\\.|[^"\\])*"', '""', text)


def scope_kind(header):
    header = strip_strings(header)
    found = LAST_KEYWORD.findall(header)
    if not found:
        return "code"
    last = found[-1]
    if last in ("struct", "enum", "extension") or re.search(r"\bactor\s+[A-Z]\w*[^(]*$", header):
        return "type"
    if last == "class":
        return "type"
    if last == "protocol":
        return "protocol"
    return "code"


def publicize(source, access):
    out = []
    stack = []  # scope kinds
    header = ""
    i = 0
    n = len(source)
    line_start = True
    in_block_comment = 0
    while i < n:
        # At the start of a line in a type (or file) scope: maybe a declaration.
        if line_start and not in_block_comment:
            m = re.match(r"[ \t]*", source[i:])
            indent = m.group(0)
            rest_start = i + len(indent)
            line_end = source.find("\n", rest_start)
            if line_end == -1:
                line_end = n
            line = source[rest_start:line_end]
            if all(kind == "type" for kind in stack):
                new_line = annotate(line, access)
                if new_line != line:
                    out.append(indent)
                    i = rest_start
                    source = source[:rest_start] + new_line + source[line_end:]
                    n = len(source)
            line_start = False
            continue
        c = source[i]
        if in_block_comment:
            if source.startswith("*/", i):
                in_block_comment -= 1
                out.append("*/")
                i += 2
                continue
            if source.startswith("/*", i):
                in_block_comment += 1
                out.append("/*")
                i += 2
                continue
            out.append(c)
            if c == "\n":
                line_start = True
            i += 1
            continue
        if source.startswith("//", i):
            end = source.find("\n", i)
            if end == -1:
                end = n
            out.append(source[i:end])
            i = end
            continue
        if source.startswith("/*", i):
            in_block_comment = 1
            out.append("/*")
            i += 2
            continue
        if source.startswith('"""', i):
            end = source.find('"""', i + 3)
            end = n if end == -1 else end + 3
            chunk = source[i:end]
            out.append(chunk)
            header += '""'
            i = end
            continue
        if c == '"':
            j = i + 1
            depth = 0
            while j < n:
                if source[j] == "\\" and j + 1 < n and source[j + 1] == "(":
                    depth += 1
                    j += 2
                    continue
                if depth and source[j] == "(":
                    depth += 1
                elif depth and source[j] == ")":
                    depth -= 1
                elif source[j] == "\\":
                    j += 2
                    continue
                elif source[j] == '"' and depth == 0:
                    break
                j += 1
            out.append(source[i:j + 1])
            header += '""'
            i = j + 1
            continue
        if c == "{":
            stack.append(scope_kind(header))
            header = ""
        elif c == "}":
            if stack:
                stack.pop()
            header = ""
        elif c == ";":
            header = ""
        else:
            header += c
        out.append(c)
        if c == "\n":
            line_start = True
        i += 1
    return "".join(out)


def annotate(line, access):
    tokens = re.match(r"((?:@\w+(?:\([^)]*\))?\s+)*)(.*)", line, re.S)
    attributes, rest = tokens.group(1), tokens.group(2)
    words = re.findall(r"[A-Za-z_?]+", rest.split("(")[0].split(":")[0].split("=")[0].split("<")[0])
    if not words:
        return line
    seen = []
    for word in words:
        if word in ACCESS or word.startswith("private") or word.startswith("fileprivate"):
            return line
        if word == "class" and len(seen) < len(words) and words[len(seen) + 1:len(seen) + 2] and \
                words[len(seen) + 1] in ("func", "var", "let"):
            seen.append(word)
            continue
        if word in DECL or word.startswith("init"):
            return attributes + access + " " + rest
        if word in MODIFIERS:
            seen.append(word)
            continue
        return line
    return line


if __name__ == "__main__":
    access = sys.argv[1]
    for path in sys.argv[2:]:
        with open(path) as f:
            text = f.read()
        new = publicize(text, access)
        if new != text:
            with open(path, "w") as f:
                f.write(new)
