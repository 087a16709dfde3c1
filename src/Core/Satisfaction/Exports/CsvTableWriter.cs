using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace CchcFeedback.Core.Satisfaction.Exports;

/// <summary>RFC 4180 CSV in UTF-8 with a byte order mark, without which Excel reads Vietnamese as ANSI. Every write
/// to the output is asynchronous (a response body refuses synchronous writes); text that a spreadsheet would take
/// for a formula is escaped, since comments are typed by anyone.</summary>
public sealed class CsvTableWriter : ITableWriter
{
    private readonly Stream _output;
    private readonly StreamWriter _text;
    private readonly CsvWriter _csv;
    private bool _started;

    public CsvTableWriter(Stream output)
    {
        _output = output;
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true);
        _csv = new CsvWriter(_text, new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            NewLine = "\r\n",
            InjectionOptions = InjectionOptions.Escape,
        }, leaveOpen: true);
    }

    public async Task WriteRowAsync(IReadOnlyList<object?> cells, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cells);
        await StartAsync(cancellationToken);
        foreach (var cell in cells)
        {
            _csv.WriteField(TableCells.Text(cell));
        }
        await _csv.NextRecordAsync();
    }

    public async Task CompleteAsync(CancellationToken cancellationToken = default)
    {
        await StartAsync(cancellationToken);
        await _csv.FlushAsync();
        await _text.FlushAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _csv.DisposeAsync();
        await _text.DisposeAsync();
    }

    private async Task StartAsync(CancellationToken cancellationToken)
    {
        if (!_started)
        {
            _started = true;
            await _output.WriteAsync(Encoding.UTF8.Preamble.ToArray(), cancellationToken);
        }
    }
}
