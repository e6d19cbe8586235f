"""Messages of the renderer registry (``qingdan.render.registry``)."""

MESSAGES: dict[str, tuple[str, str]] = {
    "format.needs_out": (
        "输出格式 {fmt} 写入文件，请用 --out 指定文件",
        "the {fmt} format writes a file: name it with --out",
    ),
    "format.out_unused": (
        "--out 只用于 -f xlsx 和 -f docx；{fmt} 输出到标准输出，请用 > 文件名 重定向（什么也没有写入）",
        "--out is only for -f xlsx and -f docx; {fmt} goes to standard output: redirect it "
        "with > FILE (nothing was written)",
    ),
}
