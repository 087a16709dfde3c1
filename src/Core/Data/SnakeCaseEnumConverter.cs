using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace CchcFeedback.Core.Data;

/// <summary>Stores an enum as its snake_case name: readable in SQL and stable when members are reordered.</summary>
public sealed class SnakeCaseEnumConverter<TEnum>() : ValueConverter<TEnum, string>(
    value => SnakeCaseEnum.ToName(value),
    text => SnakeCaseEnum.Parse<TEnum>(text))
    where TEnum : struct, Enum;
