"""Messages of the renderer registry (``qingdan.render.registry``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "format.needs_out": (
        "输出格式 {fmt} 写入文件，请用 --out 指定文件",
        "the {fmt} format writes a file: name it with --out",
    ),
}
