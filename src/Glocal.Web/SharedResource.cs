namespace Glocal.Web;

/// <summary>Marker for the staff UI's strings in Resources/SharedResource(.en).resx.</summary>
public sealed class SharedResource;
