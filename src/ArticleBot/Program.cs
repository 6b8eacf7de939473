// Placeholder entry point; the host and command line are built in the foundation issue.
return 0;
