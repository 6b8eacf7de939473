using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace ArticleBot.Core;

public static class TrimSafeOptionsExtensions
{
    /// <summary>
    /// <see cref="OptionsBuilderDataAnnotationsExtensions.ValidateDataAnnotations{TOptions}"/> (same validation, same
    /// messages) for a program that may be trimmed or compiled with NativeAOT (BENCHMARKS.md, section 3). The
    /// validator reads the options type's properties and their attributes by reflection; the
    /// <see cref="DynamicallyAccessedMembersAttribute"/> on <typeparamref name="TOptions"/> keeps all of them, which is
    /// what the trim warning is about.
    /// </summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026:RequiresUnreferencedCode", Justification = "TOptions keeps all its members (DynamicallyAccessedMembers.All), which is all the validator reflects over.")]
    public static OptionsBuilder<TOptions> ValidateDataAnnotationsTrimSafe<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.All)] TOptions>(this OptionsBuilder<TOptions> builder)
        where TOptions : class =>
        builder.ValidateDataAnnotations();
}
