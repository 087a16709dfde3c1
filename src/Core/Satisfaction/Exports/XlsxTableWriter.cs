using System.IO.Compression;
using System.Security;
using System.Text;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>An .xlsx workbook of one sheet, written row by row with the Open XML SDK's SAX-style
/// <see cref="OpenXmlWriter"/>. The package is a zip whose central directory comes last, and the SDK's writer is
/// synchronous, which a response body refuses; so the zip is written (in create mode, entries streamed, nothing
/// kept in memory) to a temporary file deleted on close, then copied asynchronously to the output.</summary>
public sealed class XlsxTableWriter : ITableWriter
{
    private const string SheetPath = "xl/worksheets/sheet1.xml";

    private readonly Stream _output;
    private readonly FileStream _file;
    private readonly ZipArchive _zip;
    private readonly Stream _sheetPart;
    private readonly OpenXmlWriter _sheet;
    private readonly List<string> _columns = [];
    private uint _rows;
    private bool _completed;

    public XlsxTableWriter(Stream output, string sheetName)
    {
        _output = output;
        _file = new FileStream(Path.Combine(Path.GetTempPath(), $"cchc-export-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 64 * 1024, FileOptions.DeleteOnClose | FileOptions.Asynchronous);
        _zip = new ZipArchive(_file, ZipArchiveMode.Create, leaveOpen: true);
        WritePackageParts(sheetName);
        _sheetPart = _zip.CreateEntry(SheetPath, CompressionLevel.Fastest).Open();
        _sheet = OpenXmlWriter.Create(_sheetPart, Encoding.UTF8);
        _sheet.WriteStartDocument();
        _sheet.WriteStartElement(new Worksheet());
        _sheet.WriteStartElement(new SheetData());
    }

    public Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        cancellationToken.ThrowIfCancellationRequested();
        _rows++;
        _sheet.WriteStartElement(new Row { RowIndex = _rows });
        for (var i = 0; i < cells.Count; i++)
        {
            var cell = cells[i];
            if (cell is null)
            {
                continue;
            }
            var reference = Column(i) + _rows.ToString(System.Globalization.CultureInfo.InvariantCulture);
            _sheet.WriteElement(XlsxCells.Cell(reference, cell));
        }
        _sheet.WriteEndElement();
        return Task.CompletedTask;
    }

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        _completed = true;
        _sheet.WriteEndElement();
        _sheet.WriteEndElement();
        _sheet.Close();
        await _sheetPart.DisposeAsync();
        await _zip.DisposeAsync();
        _file.Position = 0;
        await _file.CopyToAsync(_output, cancellationToken);
        await _output.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_completed)
        {
            _sheet.Dispose();
            await _sheetPart.DisposeAsync();
            await _zip.DisposeAsync();
        }
        await _file.DisposeAsync();
    }

    /// <summary>Column letters, kept once computed: a large export asks for them on every row.</summary>
    private string Column(int index)
    {
        while (_columns.Count <= index)
        {
            _columns.Add(XlsxCells.ColumnName(_columns.Count));
        }
        return _columns[index];
    }

    private void WritePackageParts(string sheetName)
    {
        WriteEntry("[Content_Types].xml",
            "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/>" +
            "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>" +
            "<Override PartName=\"/" + SheetPath + "\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>" +
            "</Types>");
        WriteEntry("_rels/.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>" +
            "</Relationships>");
        WriteEntry("xl/workbook.xml",
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">" +
            "<sheets><sheet name=\"" + SecurityElement.Escape(sheetName) + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
        WriteEntry("xl/_rels/workbook.xml.rels",
            "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" +
            "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>" +
            "</Relationships>");
    }

    private void WriteEntry(string path, string xml)
    {
        using var entry = _zip.CreateEntry(path, CompressionLevel.Fastest).Open();
        var bytes = Encoding.UTF8.GetBytes("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + xml);
        entry.Write(bytes);
    }
}
